package com.mlconnector.ping;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The first steps of every ping, before any credential is used: resolve the host, open a TCP
 * connection, and (for https) complete a TLS handshake with certificate validation.
 */
final class NetworkSteps {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private NetworkSteps() {
	}

	static void run(PingRun run, String baseUrl) {
		URI uri = parse(baseUrl);
		run.step("Check the URL", () -> {
			if (uri == null) {
				throw new PingFailure("The base URL must be an http(s) URL with a host name");
			}
			return uri.toString();
		});
		String host = (uri != null) ? uri.getHost() : null;
		int port = (uri != null) ? port(uri) : -1;
		run.step("Resolve host", () -> resolve(host));
		run.step("Connect", () -> connect(host, port));
		if (uri != null && "https".equals(uri.getScheme())) {
			run.step("TLS handshake", () -> handshake(host, port));
		}
	}

	private static URI parse(String baseUrl) {
		try {
			URI uri = new URI(baseUrl);
			boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			return (web && uri.getHost() != null) ? uri : null;
		}
		catch (java.net.URISyntaxException | NullPointerException ex) {
			return null;
		}
	}

	private static String resolve(String host) {
		try {
			InetAddress[] addresses = InetAddress.getAllByName(host);
			return host + " resolves to " + addresses[0].getHostAddress()
					+ ((addresses.length > 1) ? " (+" + (addresses.length - 1) + " more)" : "");
		}
		catch (UnknownHostException ex) {
			throw new PingFailure("The host name " + host + " does not resolve; check the base URL for typos");
		}
	}

	private static String connect(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
			return "connected to " + host + ":" + port;
		}
		catch (SocketTimeoutException ex) {
			throw new PingFailure("No answer from " + host + ":" + port + " within " + CONNECT_TIMEOUT.toSeconds()
					+ " s; a firewall may be blocking it");
		}
		catch (IOException ex) {
			throw new PingFailure(host + ":" + port + " refused the connection; check the host and port");
		}
	}

	private static String handshake(String host, int port) {
		try (SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket()) {
			socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
			socket.setSoTimeout((int) CONNECT_TIMEOUT.toMillis());
			socket.startHandshake();
			X509Certificate certificate = (X509Certificate) socket.getSession().getPeerCertificates()[0];
			Instant expires = certificate.getNotAfter().toInstant();
			return socket.getSession().getProtocol() + ", certificate valid until " + expires;
		}
		catch (SSLHandshakeException ex) {
			throw new PingFailure("TLS handshake with " + host + " failed: the certificate is not trusted or does"
					+ " not match the host name");
		}
		catch (IOException ex) {
			throw new PingFailure("TLS handshake with " + host + " failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() > 0) {
			return uri.getPort();
		}
		return "https".equals(uri.getScheme()) ? 443 : 80;
	}

}
