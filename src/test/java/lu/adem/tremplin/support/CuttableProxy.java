package lu.adem.tremplin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 whose line can be cut, for a database outage in a test: the application connects to
 * {@link #port()}, the proxy forwards to the real server. {@link #cut()} closes every connection and refuses new
 * ones (as a stopped server does: connection refused); {@link #restore()} listens again on the same port.
 */
public final class CuttableProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    /** A proxy to the host and port of a {@code jdbc:postgresql://host:port/…} URL. */
    public static CuttableProxy toJdbcUrl(String url) throws IOException {
        String hostAndPort = url.substring("jdbc:postgresql://".length()).split("/", 2)[0];
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0
                ? new CuttableProxy(hostAndPort, 5432)
                : new CuttableProxy(
                        hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    /** The same JDBC URL, through this proxy. */
    public String through(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + rest.split("/", 2)[1];
    }

    public int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        ServerSocket server = listening;
        listening = null;
        closeQuietly(server);
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() throws IOException {
        if (listening == null) {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listen(server);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void listen(ServerSocket server) {
        listening = server;
        Thread acceptor = new Thread(() -> accept(server), "cuttable-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target;
                try {
                    target = new Socket(targetHost, targetPort);
                } catch (IOException unreachable) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(target);
                if (listening != server) {
                    closeQuietly(client);
                    closeQuietly(target);
                    continue;
                }
                pump(client, target);
                pump(target, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16_384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int read; (read = in.read(buffer)) >= 0; ) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException gone) {
                        // cut, or one side closed: close both below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "cuttable-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // closing anyway
        }
    }
}
