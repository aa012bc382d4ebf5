package org.oversight.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes from one injected clock in Europe/London, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
