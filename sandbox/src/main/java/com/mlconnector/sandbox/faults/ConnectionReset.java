package com.mlconnector.sandbox.faults;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Drops the client's connection without sending a single response byte, so the client sees an I/O error (EOF or
 * reset) rather than an HTTP status. The servlet API has no such operation; on Tomcat we ask the connector to close
 * now, reaching it by reflection so the sandbox does not compile against Tomcat internals.
 */
final class ConnectionReset {

	private ConnectionReset() {
	}

	static void closeNow(HttpServletResponse response) throws IOException {
		if (tomcatCloseNow(response)) {
			return;
		}
		// Other containers: commit the headers of a chunked answer and abort it. The client then fails while reading
		// the body, which is still an I/O error and never a complete response.
		response.setStatus(200);
		response.getOutputStream().write(' ');
		response.flushBuffer();
		throw new IOException("sandbox fault: connection reset");
	}

	private static boolean tomcatCloseNow(ServletResponse response) {
		try {
			ServletResponse inner = response;
			while (inner instanceof ServletResponseWrapper wrapper) {
				inner = wrapper.getResponse();
			}
			if (!inner.getClass().getName().equals("org.apache.catalina.connector.ResponseFacade")) {
				return false;
			}
			Field field = inner.getClass().getDeclaredField("response");
			field.setAccessible(true);
			Object connectorResponse = field.get(inner);
			Object coyote = connectorResponse.getClass().getMethod("getCoyoteResponse").invoke(connectorResponse);
			Class<?> actionCode = Class.forName("org.apache.coyote.ActionCode", false, coyote.getClass().getClassLoader());
			Object closeNow = actionCode.getField("CLOSE_NOW").get(null);
			Method action = coyote.getClass().getMethod("action", actionCode, Object.class);
			action.invoke(coyote, closeNow, null);
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

}
