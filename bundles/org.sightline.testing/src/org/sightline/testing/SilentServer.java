package org.sightline.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that accepts connections and never answers: what a download's time limits are
 * tested against (a server that hangs). Close it when the test is over; its clients are closed too.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    public SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (!socket.isClosed()) {
                    clients.add(socket.accept()); // accept, read nothing, answer nothing
                }
            } catch (IOException closed) {
                // test over
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : clients) {
            s.close();
        }
    }
}
