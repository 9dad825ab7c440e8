package cn.jiceng.common.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached (down, restarting, network cut): the operation was not done, or —
 * if the connection broke while committing — its outcome is unknown to the caller; nothing the
 * caller was told had succeeded is lost. Thrown by every service of the application
 * ({@link DatabaseOutageTranslation}) instead of the driver's or the pool's exception; its message
 * is the message key {@value #MESSAGE_KEY}, which the UI's error handler shows.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public static final String MESSAGE_KEY = "error.databaseUnavailable";

    public DatabaseUnavailableException(Throwable cause) {
        super(MESSAGE_KEY, cause);
    }

    public String getMessageKey() {
        return MESSAGE_KEY;
    }

    /**
     * Whether the exception, or one of its causes, says that no connection to the database could be
     * had or that the connection broke: the pool timed out, the connect was refused, the link failed
     * (SQL state class 08).
     */
    public static boolean isCausedByOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailableException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLRecoverableException || t instanceof java.net.SocketException
                    || t instanceof java.io.EOFException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // Hibernate could not roll back or commit because the connection broke (the original failure is masked)
            String message = t.getMessage();
            if (message != null && (message.contains("back against JDBC Connection")
                    || message.contains("commit against JDBC Connection")
                    || message.contains("No operations allowed after connection closed")
                    || message.contains("Connection is closed"))) {
                return true;
            }
        }
        return false;
    }
}
