package cn.jiceng.privacy.service;

import cn.jiceng.privacy.crypto.PersonalDataCipher;
import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key rotation of the encrypted personal-data columns: how many values each key holds, and the
 * administrator's re-encryption of every value under the current key (keyed hashes recomputed
 * too, so a new hash key takes effect). Works on the columns directly: the plaintext of the
 * entities does not change, so JPA would write nothing. A value changed by the application
 * meanwhile is left as it is (it was written under the current key).
 */
@Service
public class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    /** A column holding {@link PersonalDataCipher} values, and the column of its keyed hash, if any. */
    public record EncryptedColumn(String table, String column, String hashColumn) {
        public String label() {
            return table + "." + column;
        }
    }

    /** Every encrypted column of the application (PersonalDataKeysTest checks the schema has no other). */
    public static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("rec_applicant", "id_number_enc", "id_number_hash"),
            new EncryptedColumn("rec_applicant", "phone_enc", null),
            new EncryptedColumn("publicity_objection", "objector_phone_enc", null));

    /** Values of one column under one key. */
    public record KeyUsage(String column, String keyId, long values) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    public PersonalDataKeys(DataSource dataSource, PersonalDataCipher cipher) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cipher = cipher;
    }

    public String currentKeyId() {
        return cipher.currentKeyId();
    }

    public List<String> keyIds() {
        return List.copyOf(cipher.keyIds());
    }

    /** Per column and key id, how many values are stored under it. */
    @Transactional(readOnly = true)
    public List<KeyUsage> usage(AppUser admin) {
        requireAdmin(admin);
        List<KeyUsage> usage = new ArrayList<>();
        for (EncryptedColumn c : COLUMNS) {
            Map<String, Long> byKey = new TreeMap<>();
            jdbc.query("select " + c.column() + " from " + c.table() + " where " + c.column() + " is not null",
                    rs -> {
                        byKey.merge(PersonalDataCipher.keyIdOf(rs.getString(1)), 1L, Long::sum);
                    });
            byKey.forEach((key, n) -> usage.add(new KeyUsage(c.label(), key, n)));
        }
        return usage;
    }

    /**
     * Re-encrypts every value not under the current key and recomputes every keyed hash; returns how
     * many values were rewritten. ADMIN only.
     */
    @Transactional
    public int reencryptAll(AppUser admin) {
        requireAdmin(admin);
        int total = 0;
        for (EncryptedColumn c : COLUMNS) {
            total += reencrypt(c);
        }
        log.info("Personal data re-encrypted by {}: {} values now under key '{}'", admin.getUsername(), total,
                cipher.currentKeyId());
        return total;
    }

    private int reencrypt(EncryptedColumn c) {
        String hash = c.hashColumn() == null ? "" : ", " + c.hashColumn();
        List<Object[]> rows = jdbc.query("select id, " + c.column() + hash + " from " + c.table() + " where " + c.column()
                + " is not null", (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
                c.hashColumn() == null ? null : rs.getString(3)});
        int rewritten = 0;
        List<Object[]> updates = new ArrayList<>();
        for (Object[] row : rows) {
            String stored = (String) row[1];
            String plaintext = cipher.decrypt(stored);
            boolean rekey = !cipher.currentKeyId().equals(PersonalDataCipher.keyIdOf(stored));
            String newHash = c.hashColumn() == null ? null : cipher.hash(plaintext);
            boolean rehash = c.hashColumn() != null && !newHash.equals(row[2]);
            if (!rekey && !rehash) {
                continue;
            }
            String value = rekey ? cipher.encrypt(plaintext) : stored;
            updates.add(c.hashColumn() == null ? new Object[] {value, row[0], stored}
                    : new Object[] {value, newHash, row[0], stored});
            if (rekey) {
                rewritten++;
            }
        }
        if (!updates.isEmpty()) {
            String set = c.column() + " = ?" + (c.hashColumn() == null ? "" : ", " + c.hashColumn() + " = ?");
            jdbc.batchUpdate("update " + c.table() + " set " + set + " where id = ? and " + c.column() + " = ?", updates);
        }
        return rewritten;
    }

    private static void requireAdmin(AppUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only an administrator manages the keys of personal data");
        }
    }
}
