package lu.adem.tremplin.modeler.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * "Replace with a file…": one file of at most {@code maxBytes}, refused while it arrives rather than
 * after. The browser refuses a larger file before sending it; a request that gets past the browser is
 * read up to one byte over the limit, then dropped (never held whole in memory), and the whole request
 * is capped by the upload handler. Either way {@code refused} gets the reason, in the user's language,
 * instead of {@code received} getting the text.
 */
class ModelFileUpload extends Upload {

    /** Room for the multipart headers around the file. */
    private static final int ENVELOPE_BYTES = 64 * 1024;

    ModelFileUpload(int maxBytes, Consumer<String> received, Consumer<String> refused) {
        String tooLarge = getTranslation("editor.upload.too-large", maxBytes / 1024 / 1024);
        setUploadHandler(new Handler(maxBytes, received, () -> {
            clearFileList();
            refused.accept(tooLarge);
        }));
        setId("editor-upload");
        setMaxFiles(1);
        setMaxFileSize(maxBytes);
        setUploadButton(new Button(getTranslation("editor.upload")));
        setDropAllowed(false);
        setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        addFileRejectedListener(rejected -> refused.accept(rejected.getErrorMessage()));
    }

    /** Reads at most {@code maxBytes + 1} bytes of the file, and hands the text over in the UI's thread. */
    static final class Handler implements UploadHandler {

        private final int maxBytes;
        private final Consumer<String> received;
        private final Runnable tooLarge;

        Handler(int maxBytes, Consumer<String> received, Runnable tooLarge) {
            this.maxBytes = maxBytes;
            this.received = received;
            this.tooLarge = tooLarge;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            Optional<byte[]> file =
                    event.getFileSize() > maxBytes ? Optional.empty() : readAtMost(event.getInputStream(), maxBytes);
            event.getUI()
                    .access(() -> file.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                            .ifPresentOrElse(received, tooLarge));
        }

        @Override
        public long getRequestSizeMax() {
            return (long) maxBytes + ENVELOPE_BYTES;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    /** The stream's bytes, or nothing if it has more than {@code maxBytes}: stops reading one byte past the limit. */
    static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
