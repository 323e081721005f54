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
 * well-formed XML, elements nested at most {@link #MAX_DEPTH} deep (the checks and Camunda's parser walk
 * the tree). Camunda's parser is never handed a file that failed here.
 */
final class SafeXml {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_DEPTH = 200;

    /** The document of a file, or the problem that stopped reading it (exactly one of them is null). */
    record Read(Document document, Problem problem) {}

    private SafeXml() {}

    /** The problem with this text, if any: too large, a DOCTYPE, or not well-formed (with line and column). */
    static Optional<Problem> check(String text) {
        return Optional.ofNullable(read(bytes(text)).problem());
    }

    /** Reads a file that passes every check of this gate. */
    static Read read(byte[] content) {
        Optional<Problem> size = checkSize(content);
        if (size.isPresent()) {
            return new Read(null, size.get());
        }
        try {
            return new Read(parseOrFail(content), null);
        } catch (SAXParseException malformed) {
            if (malformed.getMessage() != null && malformed.getMessage().contains("DOCTYPE")) {
                return new Read(null, Problem.error("doctype", null, null));
            }
            return new Read(
                    null,
                    Problem.error(
                            "malformed-xml",
                            null,
                            "line " + malformed.getLineNumber() + ", column " + malformed.getColumnNumber() + ": "
                                    + malformed.getMessage()));
        } catch (Exception unreadable) {
            return new Read(null, Problem.error("malformed-xml", null, unreadable.getMessage()));
        }
    }

    /** The document of a text that passed {@link #check}. */
    static Document parse(String text) {
        try {
            return parseOrFail(bytes(text));
        } catch (Exception unsafe) {
            throw new IllegalArgumentException("Not safe XML: " + unsafe.getMessage(), unsafe);
        }
    }

    private static Document parseOrFail(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(content));
    }

    static Optional<Problem> checkSize(String text) {
        return text == null ? Optional.of(Problem.error("empty", null, null)) : checkSize(bytes(text));
    }

    /** Too large, or empty (blank). */
    static Optional<Problem> checkSize(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(Problem.error("empty", null, null));
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(Problem.error("too-large", null, String.valueOf(content.length / 1024 / 1024)));
        }
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            return Optional.of(Problem.error("empty", null, null));
        }
        return Optional.empty();
    }

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
