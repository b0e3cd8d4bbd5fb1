package com.mlconnector.sandbox.workday.soap;

/** One {@code wd:Validation_Error}: Message, Detail_Message and Xpath, each optional (FM30). */
public record ValidationError(String message, String detailMessage, String xpath) {

	/** The "Invalid ID value" error Workday gives for an unknown reference (note the two spaces, NOTES.md §1). */
	public static ValidationError invalidId(String value, String type, String xpath) {
		String text = "Invalid ID value.  '" + value + "' is not a valid ID value for type = '" + type + "'";
		return new ValidationError(text, text, xpath);
	}

}
