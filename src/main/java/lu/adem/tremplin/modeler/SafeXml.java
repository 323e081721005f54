package lu.adem.tremplin.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * The first gate for an uploaded or edited BPMN/DMN file, before anything parses it for real: at most
 * {@link #MAX_BYTES}, no document type declaration (so no external entity, no entity expansion),
 * well-formed XML. Camunda's parser is never handed a file that failed here.
 */
final class SafeXml {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private SafeXml() {
    }

    /** The problem with this text, if any: too large, a DOCTYPE, or not well-formed (with line and column). */
    static Optional<Problem> check(String text) {
        Optional<Problem> size = checkSize(text);
        if (size.isPresent()) {
            return size;
        }
        try {
            parseOrFail(text);
            return Optional.empty();
        } catch (SAXParseException malformed) {
            if (malformed.getMessage() != null && malformed.getMessage().contains("DOCTYPE")) {
                return Optional.of(Problem.error("doctype", null, null));
            }
            return Optional.of(Problem.error("malformed-xml", null,
                    "line " + malformed.getLineNumber() + ", column " + malformed.getColumnNumber() + ": "
                            + malformed.getMessage()));
        } catch (Exception unreadable) {
            return Optional.of(Problem.error("malformed-xml", null, unreadable.getMessage()));
        }
    }

    /** The document of a text that passed {@link #check}. */
    static Document parse(String text) {
        try {
            return parseOrFail(text);
        } catch (Exception unsafe) {
            throw new IllegalArgumentException("Not safe XML: " + unsafe.getMessage(), unsafe);
        }
    }

    private static Document parseOrFail(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Optional<Problem> checkSize(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Problem.error("empty", null, null));
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of(Problem.error("too-large", null, String.valueOf(bytes / 1024 / 1024)));
        }
        return Optional.empty();
    }
}
