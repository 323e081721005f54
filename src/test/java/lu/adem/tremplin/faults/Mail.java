package lu.adem.tremplin.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The fault run's SMTP server (GreenMail, in this JVM, on a fixed port): stopped and started again for the
 * mail fault; counts every message it received across its restarts.
 */
final class Mail {

    final int port;
    private final List<GreenMail> instances = new ArrayList<>();
    private GreenMail running;

    Mail(int port) {
        this.port = port;
    }

    void start() {
        running = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        running.start();
        instances.add(running);
    }

    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** Messages received per recipient, over every run of the server. */
    Map<String, Integer> receivedPerRecipient() throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (GreenMail instance : instances) {
            for (MimeMessage message : instance.getReceivedMessages()) {
                for (Address to : message.getAllRecipients()) {
                    counts.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
