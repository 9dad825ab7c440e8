package cn.jiceng.security.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
public class PasswordConfig {

    /**
     * BCrypt with the work factor {@code jiceng.security.bcrypt-strength} (10, Spring Security's
     * default, about 0.1 s per hash here). The test profile lowers it to 4: the demo data hashes
     * some hundred passwords at every start of a test application, and the hashes stay BCrypt.
     */
    @Bean
    public PasswordEncoder passwordEncoder(@Value("${jiceng.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }
}
