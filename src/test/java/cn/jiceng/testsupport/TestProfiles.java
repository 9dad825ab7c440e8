package cn.jiceng.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/** Profile "test", plus "mysql" pointed at a fresh database in the MariaDB pass. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        if (!TestDatabase.mysqlRequested()) {
            return new String[] {"test"};
        }
        // application-mysql.properties reads MYSQL_URL; system properties are visible to it.
        System.setProperty("MYSQL_URL", TestDatabase.freshMysqlDatabase());
        System.setProperty("MYSQL_USER", TestDatabase.USER);
        System.setProperty("MYSQL_PASSWORD", TestDatabase.PASSWORD);
        return new String[] {"test", "mysql"};
    }
}
