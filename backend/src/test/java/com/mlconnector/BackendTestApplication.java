package com.mlconnector;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend's modules assembled for its own tests (the real application lives in web). */
@SpringBootApplication
public class BackendTestApplication {

}
