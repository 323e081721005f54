// <tremplin-chart>: an Apache ECharts chart the Vaadin views drive with setOption(option), an ECharts option as
// plain JSON (EChart.java). Only the charts and components imported below are bundled. Light DOM; drawn in SVG so
// it prints sharp, and scaled to the page width when printed. The host keeps its aria-label (the chart's name) and
// gets role="img" unless it has a role; ECharts' generated description of the figures becomes its accessible
// description, in French, German or English after the closest lang attribute.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langDE from 'echarts/i18n/langDE-obj.js';
import langFR from 'echarts/i18n/langFR-obj.js';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, DatasetComponent, GridComponent, LegendComponent,
  TitleComponent, TooltipComponent, SVGRenderer]);
echarts.registerLocale('DE', langDE);
echarts.registerLocale('FR', langFR);

const LOCALES = { de: 'DE', fr: 'FR' };
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let serial = 0;

// A custom element is inline by default and would ignore the size Vaadin gives it. In print the SVG (which
// #fitViewBox gives a viewBox) shrinks to the page instead of being cut off at the size it had on screen.
const style = document.createElement('style');
style.textContent = `
tremplin-chart { display: block; }
@media print {
  tremplin-chart { height: auto !important; break-inside: avoid; }
  tremplin-chart > div, tremplin-chart > div > div:first-child { width: auto !important; height: auto !important; }
  tremplin-chart > div > div > svg { position: static !important; max-width: 100%; height: auto; }
}`;
document.head.append(style);

function locale(element) {
  const lang = element.closest('[lang]')?.lang || document.documentElement.lang || navigator.language || '';
  return LOCALES[lang.slice(0, 2).toLowerCase()] || 'EN';
}

class ChartElement extends HTMLElement {
  #option = null;
  #chart = null;
  #observer = null;
  // ECharts writes its role and description onto the node it draws in, so that is a child, not the host; hidden,
  // as the host reads the description out already.
  #box = Object.assign(document.createElement('div'), { id: `tremplin-chart-${++serial}` });

  constructor() {
    super();
    this.#box.setAttribute('aria-hidden', 'true');
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    this.#box.style.cssText = 'width:100%;height:100%';
    if (this.#box.parentNode !== this) {
      this.append(this.#box);
    }
    this.#chart = echarts.init(this.#box, null, { renderer: 'svg', locale: locale(this) });
    this.#observer = new ResizeObserver(() => this.#resize());
    this.#observer.observe(this);
    if (this.#option) {
      this.#render();
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#chart?.dispose();
    this.#observer = this.#chart = null;
  }

  /** Draws the given ECharts option in place of the previous one (kept, and drawn again on reconnect). */
  setOption(option) {
    this.#option = option || {};
    if (this.#chart) {
      this.#render();
    }
  }

  #render() {
    const option = {
      ...this.#option,
      aria: { ...this.#option.aria, enabled: true },
      textStyle: { fontFamily: getComputedStyle(this).fontFamily, ...this.#option.textStyle }
    };
    if (reducedMotion.matches) {
      option.animation = false;
    }
    this.#chart.setOption(option, true);
    this.#fitViewBox();
    // ECharts' description of the figures describes the host, whose own aria-label stays its name; or names it.
    const labelledBy = this.getAttribute('aria-labelledby');
    if (labelledBy !== this.#box.id) {
      const by = this.hasAttribute('aria-label') || labelledBy ? 'aria-describedby' : 'aria-labelledby';
      if (!this.hasAttribute(by)) {
        this.setAttribute(by, this.#box.id);
      }
    }
  }

  #resize() {
    if (this.#chart) {
      this.#chart.resize();
      this.#fitViewBox();
    }
  }

  // Same size as on screen, so nothing changes there; lets the print stylesheet scale the SVG.
  #fitViewBox() {
    const svg = this.#box.querySelector(':scope > div > svg');
    svg?.setAttribute('viewBox', `0 0 ${this.#chart.getWidth()} ${this.#chart.getHeight()}`);
  }
}

customElements.define('tremplin-chart', ChartElement);
