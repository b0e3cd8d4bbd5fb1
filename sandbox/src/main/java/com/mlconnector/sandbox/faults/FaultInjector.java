package com.mlconnector.sandbox.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Current fault knobs per system; unknown systems have {@link FaultKnobs#NONE}. */
@Component("sandboxFaultInjector")
public class FaultInjector {

	private final Map<String, FaultKnobs> knobs = new ConcurrentHashMap<>();

	public FaultKnobs knobs(String system) {
		return this.knobs.getOrDefault(system, FaultKnobs.NONE);
	}

	public void set(String system, FaultKnobs knobs) {
		this.knobs.put(system, (knobs != null) ? knobs : FaultKnobs.NONE);
	}

	public void reset(String system) {
		this.knobs.remove(system);
	}

}
