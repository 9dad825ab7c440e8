package cn.jiceng.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.privacy.crypto.CryptoConfiguration;
import cn.jiceng.privacy.crypto.PersonalDataCipher;
import cn.jiceng.privacy.service.PersonalDataKeys;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Key rotation on the demo data: every value re-encrypted under a new current key (and the hashes
 * under a new hash key), readable by a cipher that knows only the new keys, then rotated back so
 * the shared application context reads its data again; only administrators rotate; no encrypted
 * column of the schema is missing from the rotation.
 */
@JicengSpringBootTest
class PersonalDataKeysTest {

    @Autowired
    PersonalDataKeys keys;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserService users;

    static final String NEW_KEY = java.util.Base64.getEncoder().encodeToString("rotated-key-rotated-key-rotated!".getBytes());
    static final String NEW_HASH = java.util.Base64.getEncoder().encodeToString("rotated-hash-rotated-hash-rotated-hash".getBytes());

    @Test
    void everyEncryptedColumnOfTheSchemaIsRotated() throws Exception {
        List<String> enc = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(),
                "%", "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.endsWith("_enc")) {
                    enc.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "." + column);
                }
            }
        }
        assertThat(enc).containsExactlyInAnyOrderElementsOf(PersonalDataKeys.COLUMNS.stream()
                .map(PersonalDataKeys.EncryptedColumn::label).toList());
    }

    @Test
    void allValuesMoveToTheNewKeyAndHashKeyAndBack() {
        var admin = users.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> keys.reencryptAll(users.findByUsername("cc.hr").orElseThrow()))
                .isInstanceOf(AccessDeniedException.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> before = jdbc.queryForMap("select id_number_enc, id_number_hash, phone_enc from rec_applicant "
                + "where username = 'applicant'");
        String idNumber = cipher.decrypt((String) before.get("id_number_enc"));
        assertThat(keys.usage(admin)).allSatisfy(u -> assertThat(u.keyId()).isEqualTo("demo1"));
        long values = keys.usage(admin).stream().mapToLong(PersonalDataKeys.KeyUsage::values).sum();
        assertThat(values).isGreaterThan(60);

        PersonalDataCipher rotated = PersonalDataCipher.fromSpec("demo1:" + CryptoConfiguration.DEMO_KEY + ",k2:" + NEW_KEY, "k2",
                NEW_HASH);
        PersonalDataKeys rotation = new PersonalDataKeys(dataSource, rotated);
        assertThat(rotation.reencryptAll(admin)).isEqualTo((int) values);
        assertThat(rotation.usage(admin)).allSatisfy(u -> assertThat(u.keyId()).isEqualTo("k2"));
        Map<String, Object> after = jdbc.queryForMap("select id_number_enc, id_number_hash, phone_enc from rec_applicant "
                + "where username = 'applicant'");
        PersonalDataCipher onlyNew = PersonalDataCipher.fromSpec("k2:" + NEW_KEY, "k2", NEW_HASH);
        assertThat(onlyNew.decrypt((String) after.get("id_number_enc"))).isEqualTo(idNumber);
        assertThat(after.get("id_number_hash")).isEqualTo(onlyNew.hash(idNumber)).isNotEqualTo(before.get("id_number_hash"));
        assertThat(rotation.reencryptAll(admin)).as("nothing left under an old key").isZero();

        // back to the application's keys
        PersonalDataCipher back = PersonalDataCipher.fromSpec("demo1:" + CryptoConfiguration.DEMO_KEY + ",k2:" + NEW_KEY, "demo1",
                CryptoConfiguration.DEMO_HASH_KEY);
        assertThat(new PersonalDataKeys(dataSource, back).reencryptAll(admin)).isEqualTo((int) values);
        Map<String, Object> restored = jdbc.queryForMap("select id_number_enc, id_number_hash, phone_enc from rec_applicant "
                + "where username = 'applicant'");
        assertThat(cipher.decrypt((String) restored.get("id_number_enc"))).isEqualTo(idNumber);
        assertThat(restored.get("id_number_hash")).isEqualTo(before.get("id_number_hash"));
        assertThat(keys.usage(admin)).allSatisfy(u -> assertThat(u.keyId()).isEqualTo("demo1"));
    }
}
