package com.realsourcing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;

// No in-memory "user" with a generated password: every login goes through the identity module.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class RealSourcingApplication {

    public static void main(String[] args) {
        SpringApplication.run(RealSourcingApplication.class, args);
    }
}
