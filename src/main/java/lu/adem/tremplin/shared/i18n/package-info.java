/** Translations of the UI (French, English, German). */
package lu.adem.tremplin.shared.i18n;
