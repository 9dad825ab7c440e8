package cn.jiceng.calendar.service;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the holiday schedules shipped with the app ({@code calendar/cn-YYYY.csv}) for years the
 * database does not know yet; never overwrites what an administrator imported. Runs in every
 * profile. Two nodes starting together may race: the loser's insert fails and is ignored.
 */
@Component
@Order(1)
public class CalendarSeeder implements ApplicationRunner {

    /** The years whose State Council schedule ships with this release. */
    public static final int[] SHIPPED_YEARS = {2025, 2026};

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

    private final CalendarAdminService admin;

    public CalendarSeeder(CalendarAdminService admin) {
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (int year : SHIPPED_YEARS) {
            if (admin.isKnown(year)) {
                continue;
            }
            try (InputStream in = new ClassPathResource("calendar/cn-" + year + ".csv").getInputStream()) {
                int n = admin.importYear(year, in.readAllBytes(), "shipped calendar/cn-" + year + ".csv");
                log.info("Holiday schedule {} loaded: {} days", year, n);
            } catch (DataIntegrityViolationException e) {
                log.info("Holiday schedule {} was loaded by another node", year);
            }
        }
    }
}
