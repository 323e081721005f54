package lu.adem.tremplin.shared.security;

/**
 * The Content-Security-Policy of Tremplin's own pages (the Vaadin chain; Camunda's webapps set
 * their own, the engine REST API serves no pages). Everything comes from Tremplin's origin.
 * <ul>
 * <li>scripts: Vaadin Flow's bootstrap page carries inline scripts and its client runs
 * {@code executeJs} through {@code new Function}, so {@code 'unsafe-inline' 'unsafe-eval'} stay
 * until Flow works without them; the policy still keeps scripts, data and frames of other sites out;</li>
 * <li>styles: Vaadin components, bpmn-js, dmn-js, form-js and ECharts set inline styles;</li>
 * <li>images and fonts: bundled icons and fonts are {@code data:} URIs, diagram exports {@code blob:};</li>
 * <li>connections: UIDL, server push (websocket or long polling) and the workbench's calls go to
 * the same origin only;</li>
 * <li>{@code frame-ancestors 'self'}, {@code object-src 'none'}, {@code base-uri 'self'},
 * {@code form-action 'self'}: no framing by other sites, no plugins, no base-URL hijack, forms
 * (the login form) post to Tremplin only.</li>
 * </ul>
 */
final class ContentSecurityPolicy {

    static final String POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "frame-ancestors 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    private ContentSecurityPolicy() {}
}
