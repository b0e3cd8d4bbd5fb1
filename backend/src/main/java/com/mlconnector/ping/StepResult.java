package com.mlconnector.ping;

/** One step of a ping: what was checked, the verdict, a plain-language detail, how long it took. */
public record StepResult(String name, Verdict verdict, String detail, long millis) {

}
