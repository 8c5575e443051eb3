package org.marginalia.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Notices any attempt to reach the network while it is installed. Two wires: a {@link ProxySelector} that every
 * {@code java.net} connection consults first (sockets, {@code URLConnection}, {@code HttpClient}) records where each
 * one was going, and a local server that inputs can point at, which must never be called. Test code only.
 */
final class NetworkTripwire implements AutoCloseable {

    private final ProxySelector previous = ProxySelector.getDefault();
    private final List<URI> attempts = new CopyOnWriteArrayList<>();
    private final ServerSocket server;

    NetworkTripwire() throws IOException {
        server = new ServerSocket(0);
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                attempts.add(uri);
            }
        });
    }

    /** An address on this machine that inputs can name as their remote resource. */
    String localUrl(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    int localPort() {
        return server.getLocalPort();
    }

    List<URI> attempts() {
        return List.copyOf(attempts);
    }

    /** Whether something connected to the local server, waiting a little for a connection in flight. */
    boolean serverWasCalled() throws IOException {
        server.setSoTimeout(200);
        try {
            server.accept().close();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    InetSocketAddress localAddress() {
        return new InetSocketAddress("127.0.0.1", server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        ProxySelector.setDefault(previous);
        server.close();
    }
}
