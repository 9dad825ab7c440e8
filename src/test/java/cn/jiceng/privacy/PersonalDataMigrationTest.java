package cn.jiceng.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiceng.privacy.crypto.CryptoConfiguration;
import cn.jiceng.privacy.crypto.EncryptedString;
import cn.jiceng.privacy.crypto.PersonalDataCipher;
import cn.jiceng.privacy.migration.V14_1__EncryptPersonalData;
import cn.jiceng.testsupport.PlaintextScan;
import cn.jiceng.testsupport.TestDatabase;
import cn.jiceng.testsupport.TestDatabaseCondition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database of the version before personal-data encryption (Flyway target: the last migration
 * below 14) with plaintext ID numbers and phones is migrated: every value is encrypted afterwards
 * (key id, AES-GCM), the ID numbers' keyed hash is filled, the plaintext columns are gone, no table
 * holds a plaintext value, and the application's converter reads the values back. On H2, and on
 * MariaDB in the MariaDB pass (tag "spring"), each time in a database of its own.
 */
@Tag("spring")
@ExtendWith(TestDatabaseCondition.class)
class PersonalDataMigrationTest {

    static final String[] IDS = {"220103199501011234", "22010319960202567X", "220102199703038899"};
    static final String[] PHONES = {"13611112222", "13733334444", "13855556666"};
    static final String OBJECTOR_PHONE = "0431-88886666";

    final PersonalDataCipher cipher = PersonalDataCipher.fromSpec("demo1:" + CryptoConfiguration.DEMO_KEY, "demo1",
            CryptoConfiguration.DEMO_HASH_KEY);

    String url;
    String mysqlDatabase;

    @BeforeEach
    void database() {
        if (TestDatabase.mysqlRequested()) {
            mysqlDatabase = "jiceng_mig_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
            admin("create database " + mysqlDatabase + " character set utf8mb4 collate utf8mb4_bin");
            url = TestDatabase.SERVER_URL + mysqlDatabase;
        } else {
            url = "jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        }
    }

    @AfterEach
    void dropDatabase() {
        if (mysqlDatabase != null) {
            admin("drop database if exists " + mysqlDatabase);
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.SERVER_URL, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.mysqlRequested() ? TestDatabase.USER : "sa",
                TestDatabase.mysqlRequested() ? TestDatabase.PASSWORD : "");
    }

    private Flyway flyway(MigrationVersion target) {
        var config = Flyway.configure().dataSource(url, TestDatabase.mysqlRequested() ? TestDatabase.USER : "sa",
                TestDatabase.mysqlRequested() ? TestDatabase.PASSWORD : "").locations("classpath:db/migration")
                .javaMigrations(new V14_1__EncryptPersonalData(cipher));
        return (target == null ? config : config.target(target)).load();
    }

    /** The last version before 14 that this build has (V13 once the parallel work is merged). */
    private MigrationVersion versionBeforeEncryption() {
        MigrationVersion v14 = MigrationVersion.fromVersion("14");
        return List.of(flyway(null).info().all()).stream().map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v14) < 0).max(MigrationVersion::compareTo).orElseThrow();
    }

    @Test
    void plaintextRowsOfTheEarlierVersionAreEncryptedHashedAndStillReadable() throws SQLException {
        MigrationVersion before = versionBeforeEncryption();
        flyway(before).migrate();
        try (Connection c = connect()) {
            assertThat(columns(c, "rec_applicant")).contains("id_number", "phone").doesNotContain("id_number_enc");
            insertPlaintextRows(c);
        }

        var result = flyway(null).migrate();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);

        EncryptedString converter = new EncryptedString(cipher);
        try (Connection c = connect()) {
            assertThat(columns(c, "rec_applicant")).contains("id_number_enc", "id_number_hash", "phone_enc")
                    .doesNotContain("id_number", "phone");
            assertThat(columns(c, "publicity_objection")).contains("objector_phone_enc").doesNotContain("objector_phone");
            List<String[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select username, id_number_enc, id_number_hash, phone_enc from rec_applicant order by username")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            assertThat(rows).hasSize(3);
            for (int i = 0; i < 3; i++) {
                String[] row = rows.get(i);
                assertThat(row[0]).isEqualTo("migrated." + i);
                assertThat(PersonalDataCipher.isEncrypted(row[1])).as(row[1]).isTrue();
                assertThat(row[1]).startsWith("demo1:").doesNotContain(IDS[i]);
                assertThat(PersonalDataCipher.isEncrypted(row[3])).isTrue();
                // read back the way the application reads them: through the entity's converter
                assertThat(converter.convertToEntityAttribute(row[1])).isEqualTo(IDS[i].toUpperCase(Locale.ROOT));
                assertThat(converter.convertToEntityAttribute(row[3])).isEqualTo(PHONES[i]);
                // look-ups by ID number go through the keyed hash
                assertThat(row[2]).isEqualTo(cipher.hash(IDS[i])).hasSize(64);
            }
            try (PreparedStatement ps = c.prepareStatement("select username from rec_applicant where id_number_hash = ?")) {
                ps.setString(1, cipher.hash("22010319960202567X"));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("migrated.1");
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select objector_phone_enc, objector_name from publicity_objection")) {
                assertThat(rs.next()).isTrue();
                assertThat(converter.convertToEntityAttribute(rs.getString(1))).isEqualTo(OBJECTOR_PHONE);
                assertThat(rs.getString(2)).isEqualTo("王晓明");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from personal_data_access where purpose is null and unit_code is null")) {
                rs.next();
                assertThat(rs.getInt(1)).as("earlier access records are kept, without a purpose").isEqualTo(1);
            }
            List<String> needles = new ArrayList<>(List.of(IDS));
            needles.addAll(List.of(PHONES));
            needles.add(OBJECTOR_PHONE);
            PlaintextScan.Result scan = PlaintextScan.scan(c, needles);
            assertThat(scan.findings()).isEmpty();
            assertThat(scan.tables()).isGreaterThan(10);
        }
        // the uniqueness of ID numbers holds through the hash
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("insert into rec_applicant (version, username, "
                + "name, id_number_hash, education, school, major, graduation_date, created_at) values (0, 'dup', '重复', ?, "
                + "'BACHELOR', '吉林大学', '社会工作', date '2020-06-30', current_timestamp)")) {
            ps.setString(1, cipher.hash(IDS[0]));
            org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
        }
        assertThat(flyway(null).migrate().migrationsExecuted).as("nothing left to do").isZero();
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), t, "%")) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }

    private static void insertPlaintextRows(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into rec_applicant (version, username, name, id_number, phone, "
                + "education, school, major, graduation_date, household_code, created_at) values (0, ?, ?, ?, ?, 'BACHELOR', "
                + "'吉林大学', '社会工作', date '2020-06-30', '220103', current_timestamp)")) {
            for (int i = 0; i < 3; i++) {
                ps.setString(1, "migrated." + i);
                ps.setString(2, "旧数据" + "甲乙丙".charAt(i));
                ps.setString(3, IDS[i]);
                ps.setString(4, PHONES[i]);
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into publicity_notice (version, notice_no, title, body, owner_unit_code, working_days, "
                    + "start_date, end_date, ends_at, status, calendar_warning, created_at) values (0, 'GS-MIG-1', '迁移测试公示', "
                    + "'正文', '220103', 5, date '2026-01-05', date '2026-01-09', timestamp '2026-01-09 17:00:00', 'ENDED', false, "
                    + "current_timestamp)");
            long notice = id(s, "select id from publicity_notice where notice_no = 'GS-MIG-1'");
            s.executeUpdate("insert into publicity_entry (notice_id, seq, entry_ref, name) values (" + notice + ", 1, 'e1', '张三')");
            long entry = id(s, "select id from publicity_entry where notice_id = " + notice);
            s.executeUpdate("insert into publicity_objection (version, notice_id, entry_id, receipt_no, objector_name, "
                    + "objector_phone, reason, client_key, submitted_at, status) values (0, " + notice + ", " + entry
                    + ", 'R-MIG-1', '王晓明', '" + OBJECTOR_PHONE + "', '反映情况', 'k', current_timestamp, 'ANSWERED')");
            s.executeUpdate("insert into personal_data_access (username, subject, field, accessed_at) values "
                    + "('kc.reviewer', 'applicant:1', 'idNumber', current_timestamp)");
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
