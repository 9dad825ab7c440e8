package cn.jiceng.privacy.migration;

import cn.jiceng.privacy.crypto.PersonalDataCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway 14.1: encrypts the plaintext ID numbers and phones of a database of an earlier version
 * into the columns V14 added (and fills the ID numbers' keyed hash), before V14.2 drops the
 * plaintext columns. A Spring bean (it needs the configured keys), which Spring Boot hands to Flyway
 * with the SQL migrations of {@code classpath:db/migration}; it lives outside the package
 * {@code db.migration} so that Flyway's scan does not find it a second time. Frozen like every
 * migration: it names the columns as they are at V14, whatever the entities become.
 */
@Component
public class V14_1__EncryptPersonalData extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V14_1__EncryptPersonalData.class);
    private static final int BATCH = 500;

    private final PersonalDataCipher cipher;

    public V14_1__EncryptPersonalData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        int applicants = applicants(c);
        int objections = objections(c);
        // counts only: never a value
        log.info("Personal data encrypted under key '{}': {} applicants, {} objections", cipher.currentKeyId(),
                applicants, objections);
    }

    private int applicants(Connection c) throws SQLException {
        int done = 0;
        long after = 0;
        try (PreparedStatement select = c.prepareStatement("select id, id_number, phone from rec_applicant "
                + "where id > ? and id_number_enc is null order by id");
             PreparedStatement update = c.prepareStatement("update rec_applicant set id_number_enc = ?, id_number_hash = ?, "
                     + "phone_enc = ? where id = ?")) {
            select.setMaxRows(BATCH);
            while (true) {
                select.setLong(1, after);
                int n = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        // stored normalised at registration (upper case, no spaces); hashed exactly as the app hashes
                        String idNumber = rs.getString(2) == null ? null : rs.getString(2).replace(" ", "").trim()
                                .toUpperCase(Locale.ROOT);
                        update.setString(1, cipher.encrypt(idNumber));
                        update.setString(2, cipher.hash(idNumber));
                        update.setString(3, cipher.encrypt(rs.getString(3)));
                        update.setLong(4, after);
                        update.addBatch();
                        n++;
                    }
                }
                if (n == 0) {
                    return done;
                }
                update.executeBatch();
                done += n;
            }
        }
    }

    private int objections(Connection c) throws SQLException {
        int done = 0;
        long after = 0;
        try (PreparedStatement select = c.prepareStatement("select id, objector_phone from publicity_objection "
                + "where id > ? and objector_phone_enc is null order by id");
             PreparedStatement update = c.prepareStatement("update publicity_objection set objector_phone_enc = ? where id = ?")) {
            select.setMaxRows(BATCH);
            while (true) {
                select.setLong(1, after);
                int n = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        update.setString(1, cipher.encrypt(rs.getString(2)));
                        update.setLong(2, after);
                        update.addBatch();
                        n++;
                    }
                }
                if (n == 0) {
                    return done;
                }
                update.executeBatch();
                done += n;
            }
        }
    }
}
