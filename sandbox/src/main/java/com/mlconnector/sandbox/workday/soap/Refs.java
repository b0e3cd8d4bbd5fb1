package com.mlconnector.sandbox.workday.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * Resolves Workday references ({@code <X_Reference><wd:ID wd:type="..">value</wd:ID></X_Reference>}) and collects
 * the validation errors of a request, so one fault can list them all as Workday does.
 */
public final class Refs {

	/** One {@code wd:ID}: type, value and the optional parent (Ledger_Account_ID's Account_Set_ID, FM30). */
	public record RefId(String type, String value, String parentId, String parentType) {
	}

	/** Looks an ID up by type and value (and parent id where the type has one). */
	@FunctionalInterface
	public interface Lookup<T> {

		Optional<T> find(RefId id);

	}

	private final List<ValidationError> errors = new ArrayList<>();

	public static List<RefId> ids(Element reference) {
		List<RefId> ids = new ArrayList<>();
		for (Element id : Dom.children(reference, "ID")) {
			ids.add(new RefId(Dom.attr(id, "type"), id.getTextContent().trim(), Dom.attr(id, "parent_id"),
					Dom.attr(id, "parent_type")));
		}
		return ids;
	}

	/** The value of the first ID of the given type, or null. */
	public static String idOfType(Element reference, String type) {
		return ids(reference).stream().filter((id) -> type.equals(id.type())).map(RefId::value).findFirst().orElse(null);
	}

	/**
	 * Resolves a reference. Every ID given must name the object, as each ID type is an alternative key; the first
	 * one that does not is reported with Workday's "Invalid ID value" text. A missing reference is reported as
	 * required when {@code required} is set.
	 */
	public <T> T resolve(Element reference, boolean required, String requiredName, Element parent, Lookup<T> lookup) {
		if (reference == null) {
			if (required) {
				require(requiredName, parent);
			}
			return null;
		}
		T found = null;
		for (RefId id : ids(reference)) {
			Optional<T> match = lookup.find(id);
			if (match.isEmpty()) {
				this.errors.add(ValidationError.invalidId(id.value(), id.type(), Dom.referenceXpath(reference)));
				return null;
			}
			found = match.get();
		}
		if (found == null && required) {
			require(requiredName, parent);
		}
		return found;
	}

	/** Workday's wording for a missing required field is not in the references; this text is the sandbox's. */
	public void require(String elementName, Element parent) {
		String xpath = (parent != null) ? Dom.xpath(parent) + "/wd:" + elementName : "/wd:" + elementName;
		this.errors.add(new ValidationError("Field is required: " + elementName,
				"The element " + elementName + " is required.", xpath));
	}

	public void add(ValidationError error) {
		this.errors.add(error);
	}

	public void add(String message, String detail, Element at) {
		this.errors.add(new ValidationError(message, detail, (at != null) ? Dom.xpath(at) : null));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Ends the request with a validation fault when anything was reported. */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw SoapFault.validation(this.errors);
		}
	}

}
