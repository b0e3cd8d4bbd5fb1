package com.mlconnector.web.api;

import com.mlconnector.apitoken.ApiTokenException;
import com.mlconnector.connection.ConnectionException;
import com.mlconnector.user.UserException;
import com.mlconnector.vault.VaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every REST API error; never a stack trace, never a secret. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler({ UserException.class, ConnectionException.class, ApiTokenException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail conflict(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "The resource was changed meanwhile; read it again");
	}

	@ExceptionHandler(VaultException.class)
	ProblemDetail vault(VaultException ex) {
		log.error("Vault error: {}", ex.getMessage());
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Credential error",
				"A stored credential could not be read; re-enter it");
	}

	/** Anything unforeseen: logged for us with a reference, answered without internals. */
	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		String reference = java.util.UUID.randomUUID().toString();
		log.error("Unexpected API error, reference {}", reference, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
				"Something went wrong on our side; quote reference " + reference + " to support");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
