// The process owners' editors, as custom elements the Vaadin views drive (light DOM, so the editors'
// stylesheets apply): <tremplin-bpmn-editor>, <tremplin-dmn-editor>, <tremplin-form-editor>.
// Each has open(text), content() (a promise of the current text), select(id) where it applies, and sends "draft-changed" ({content}) a moment after
// the user's last change; the BPMN editor also sends "lint-done" ({issues}) with bpmnlint's findings, and has bpmn.io's token
// simulation: toggleSimulation(active?) switches it (as its own toggle and the "t" key on the canvas do) and returns whether it
// is on; every switch sends "simulation-toggled" ({active}). While it is on nothing can be edited and no draft is sent.
import './workbench.css';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import bpmnlintConfig from './bpmnlint-config.generated.js';
import DmnModeler from 'dmn-js/lib/Modeler';
import { FormEditor, Form } from '@bpmn-io/form-js';

const QUIET_MS = 800;
/** The token simulation shows its buttons (start a token, pause at a task, pick a gateway's flow) from this zoom on. */
const SIMULATION_BUTTONS_ZOOM = 0.5;

function debounce(work, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => work(...args), ms);
  };
}

function send(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
}

function failure(host, error) {
  const warnings = (error && error.warnings) || [];
  send(host, 'editor-error', {
    message: String((error && error.message) || error),
    warnings: warnings.map(w => String(w.message || w))
  });
}

/** A listener that sends the host's XML as "draft-changed" once the user has paused. */
function sendXmlWhenQuiet(host) {
  return debounce(async () => {
    try {
      send(host, 'draft-changed', { content: await host.content() });
    } catch (error) {
      failure(host, error);
    }
  }, QUIET_MS);
}

class BpmnEditor extends HTMLElement {
  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.classList.add('tremplin-editor');
    this.canvas = document.createElement('div');
    this.canvas.className = 'tremplin-editor-canvas';
    this.panel = document.createElement('div');
    this.panel.className = 'tremplin-editor-panel';
    this.append(this.canvas, this.panel);
    this.modeler = new BpmnModeler({
      container: this.canvas,
      propertiesPanel: { parent: this.panel },
      linting: { bpmnlint: bpmnlintConfig, active: true },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaBehaviorsModule,
        lintModule,
        TokenSimulationModule
      ],
      moddleExtensions: { camunda: camundaModdle }
    });
    // no tabindex here: bpmn-js's canvas is its own tab stop and takes its keys (T, Ctrl+Z…) only while it has the
    // focus, which a click on the diagram would otherwise hand to this element
    this.simulating = false;
    const changed = sendXmlWhenQuiet(this);
    // an edit made before the simulation started is still sent; none can be made while it runs
    this.modeler.on('commandStack.changed', () => this.simulating || changed());
    this.modeler.on('tokenSimulation.toggleMode', ({ active }) => this.simulationToggled(active));
    this.reachToggleByKeyboard();
    this.modeler.on('linting.completed', ({ issues }) => {
      const found = [];
      Object.entries(issues || {}).forEach(([id, list]) => list.forEach(issue => found.push({
        id, rule: issue.rule, message: issue.message, category: issue.category
      })));
      send(this, 'lint-done', { issues: found });
    });
  }

  async open(xml) {
    try {
      const { warnings } = await this.modeler.importXML(xml);
      this.modeler.get('canvas').zoom('fit-viewport', 'auto');
      send(this, 'editor-opened', { warnings: warnings.map(w => String(w.message || w)) });
    } catch (error) {
      failure(this, error);
    }
  }

  async content() {
    return (await this.modeler.saveXML({ format: true })).xml;
  }

  /** Switches the token simulation on or off (the other way round without an argument); returns whether it is on. */
  toggleSimulation(active = !this.simulating) {
    this.modeler.get('toggleMode').toggleMode(active);
    return this.simulating;
  }

  simulationToggled(active) {
    this.simulating = active;
    // the properties panel edits through other commands than those the simulation blocks: out of reach while it runs
    this.panel.inert = active;
    this.toggleAttribute('simulating', active);
    if (this.simulationToggle) {
      this.simulationToggle.setAttribute('aria-pressed', String(active));
    }
    if (active) {
      this.showSimulationButtons();
    }
    send(this, 'simulation-toggled', { active });
  }

  /** A large diagram fitted to the window is drawn below that zoom, without the simulation's buttons: zoom in to where tokens start. */
  showSimulationButtons() {
    const canvas = this.modeler.get('canvas');
    if (canvas.zoom() >= SIMULATION_BUTTONS_ZOOM) {
      return;
    }
    canvas.zoom(SIMULATION_BUTTONS_ZOOM);
    const start = this.modeler.get('elementRegistry').find(element =>
      element.type === 'bpmn:StartEvent' && element.parent && element.parent.type !== 'bpmn:SubProcess');
    if (start) {
      canvas.scrollToElement(start, { top: 80, left: 160 }); // clear of the palettes
    }
  }

  /** The simulation's own toggle is a plain div: make it a button that the keyboard reaches (Enter, Space). */
  reachToggleByKeyboard() {
    const toggle = this.canvas.querySelector('.bts-toggle-mode');
    if (!toggle) {
      return;
    }
    this.simulationToggle = toggle;
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('tabindex', '0');
    toggle.setAttribute('aria-pressed', 'false');
    toggle.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.toggleSimulation();
      }
    });
  }

  select(id) {
    const element = this.modeler.get('elementRegistry').get(id);
    if (!element) {
      return false;
    }
    this.modeler.get('selection').select(element);
    this.modeler.get('canvas').scrollToElement(element);
    return true;
  }
}

class DmnEditor extends HTMLElement {
  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.classList.add('tremplin-editor', 'tremplin-editor-single');
    this.canvas = document.createElement('div');
    this.canvas.className = 'tremplin-editor-canvas';
    this.append(this.canvas);
    this.modeler = new DmnModeler({ container: this.canvas });
    this.setAttribute('tabindex', '0');
    const changed = sendXmlWhenQuiet(this);
    this.modeler.on('views.changed', () => {
      const viewer = this.modeler.getActiveViewer();
      if (viewer && viewer !== this.watched) {
        this.watched = viewer;
        viewer.on('commandStack.changed', changed);
      }
    });
  }

  async open(xml) {
    try {
      const { warnings } = await this.modeler.importXML(xml);
      const decisionTable = this.modeler.getViews().find(view => view.type === 'decisionTable');
      if (decisionTable) {
        await this.modeler.open(decisionTable);
      }
      send(this, 'editor-opened', { warnings: warnings.map(w => String(w.message || w)) });
    } catch (error) {
      failure(this, error);
    }
  }

  async content() {
    return (await this.modeler.saveXML({ format: true })).xml;
  }

  select() {
    return false;
  }
}

class FormEditorElement extends HTMLElement {
  connectedCallback() {
    if (this.editor) {
      return;
    }
    this.classList.add('tremplin-editor', 'tremplin-form-editor');
    this.canvas = document.createElement('div');
    this.canvas.className = 'tremplin-editor-canvas tremplin-form-canvas';
    this.preview = document.createElement('div');
    this.preview.className = 'tremplin-editor-panel tremplin-form-preview';
    this.preview.setAttribute('aria-label', this.getAttribute('preview-label') || 'Preview');
    this.append(this.canvas, this.preview);
    this.editor = new FormEditor({ container: this.canvas });
    this.form = new Form({ container: this.preview });
    const changed = debounce(() => {
      const schema = this.editor.saveSchema();
      const content = JSON.stringify(schema, null, 2);
      if (content === this.baseline) {
        return; // the editor's own "changed" after an import: nothing the user did
      }
      this.baseline = content;
      this.form.importSchema(schema).catch(() => {});
      send(this, 'draft-changed', { content });
    }, QUIET_MS);
    this.editor.on('changed', changed);
  }

  async open(json) {
    try {
      const schema = JSON.parse(json);
      await this.editor.importSchema(schema);
      this.baseline = JSON.stringify(this.editor.saveSchema(), null, 2);
      await this.form.importSchema(schema);
      send(this, 'editor-opened', { warnings: [] });
    } catch (error) {
      failure(this, error);
    }
  }

  async content() {
    return JSON.stringify(this.editor.saveSchema(), null, 2);
  }

  select() {
    return false;
  }
}

customElements.define('tremplin-bpmn-editor', BpmnEditor);
customElements.define('tremplin-dmn-editor', DmnEditor);
customElements.define('tremplin-form-editor', FormEditorElement);
