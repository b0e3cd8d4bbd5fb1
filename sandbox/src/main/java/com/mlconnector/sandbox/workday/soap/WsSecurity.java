package com.mlconnector.sandbox.workday.soap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.mlconnector.sandbox.workday.WorkdaySandboxProperties;
import com.mlconnector.sandbox.workday.oauth.AccessTokens;

import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Authenticates a SOAP request: a WS-Security UsernameToken whose user name is {@code ISU@tenant} (NOTES.md §1, ODA,
 * SO-WSSE), with {@code #PasswordText} or {@code #PasswordDigest}; or, as in Workday, an OAuth bearer token from the
 * refresh-token grant (IDX 55588246090). The user name's tenant must be the URL's tenant: a user of one tenant does
 * not exist in another, so a wrong tenant in the URL fails as bad credentials (inferred; the references do not show
 * it).
 */
@Component("workdaySandboxWsSecurity")
class WsSecurity {

	private final WorkdaySandboxProperties properties;

	private final AccessTokens tokens;

	WsSecurity(WorkdaySandboxProperties properties, AccessTokens tokens) {
		this.properties = properties;
		this.tokens = tokens;
	}

	/** The authenticated user (or OAuth client); throws the authentication fault otherwise. */
	String authenticate(Element envelope, String urlTenant, String authorizationHeader) {
		Element header = Dom.child(envelope, Wd.SOAP_ENV, "Header");
		Element security = Dom.child(header, Wd.WSSE, "Security");
		Element token = Dom.child(security, Wd.WSSE, "UsernameToken");
		if (token == null) {
			String bearer = AccessTokens.bearer(authorizationHeader);
			return this.tokens.validate(bearer, urlTenant)
				.map(AccessTokens.Grant::clientId)
				.orElseThrow(SoapFault::authentication);
		}
		String username = text(Dom.child(token, Wd.WSSE, "Username"));
		Element passwordElement = Dom.child(token, Wd.WSSE, "Password");
		String password = text(passwordElement);
		if (username == null || password == null || !this.properties.tenant().equals(urlTenant)
				|| !this.properties.isuUsername().equals(username)) {
			throw SoapFault.authentication();
		}
		String type = passwordElement.getAttribute("Type");
		boolean ok = type.endsWith("#PasswordDigest") ? digestMatches(token, password)
				: constantTimeEquals(this.properties.isuPassword(), password);
		if (!ok) {
			throw SoapFault.authentication();
		}
		return username;
	}

	/** PasswordDigest = Base64(SHA-1(nonce + created + password)), WS-Security UsernameToken Profile 1.0. */
	private boolean digestMatches(Element token, String digest) {
		String nonce = text(Dom.child(token, Wd.WSSE, "Nonce"));
		String created = text(Dom.child(token, Wd.WSU, "Created"));
		if (nonce == null || created == null) {
			return false;
		}
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(Base64.getDecoder().decode(nonce));
			sha1.update(created.getBytes(StandardCharsets.UTF_8));
			sha1.update(this.properties.isuPassword().getBytes(StandardCharsets.UTF_8));
			return constantTimeEquals(Base64.getEncoder().encodeToString(sha1.digest()), digest);
		}
		catch (NoSuchAlgorithmException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean constantTimeEquals(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
	}

	private static String text(Element element) {
		return (element != null) ? element.getTextContent().trim() : null;
	}

}
