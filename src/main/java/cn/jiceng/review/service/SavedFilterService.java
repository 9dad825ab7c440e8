package cn.jiceng.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's saved queue filters ({@code wb_saved_filter}), by name; saving a name again replaces it. */
@Service
@Transactional
public class SavedFilterService {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final NamedParameterJdbcTemplate jdbc;

    public SavedFilterService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String username, String name, QueueFilter filter) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new IllegalArgumentException("workbench.filter.nameInvalid");
        }
        String definition;
        try {
            definition = JSON.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.update("delete from wb_saved_filter where username = :u and name = :n", Map.of("u", username, "n", text));
        jdbc.update("insert into wb_saved_filter (username, name, definition, created_at) values (:u, :n, :d, current_timestamp)",
                Map.of("u", username, "n", text, "d", definition));
    }

    public void delete(String username, String name) {
        jdbc.update("delete from wb_saved_filter where username = :u and name = :n", Map.of("u", username, "n", name));
    }

    /** The user's filters by name, in name order. */
    @Transactional(readOnly = true)
    public Map<String, QueueFilter> filters(String username) {
        Map<String, QueueFilter> result = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select name, definition from wb_saved_filter where username = :u order by name", Map.of("u", username));
        for (Map<String, Object> row : rows) {
            try {
                result.put((String) row.get("name"), JSON.readValue((String) row.get("definition"), QueueFilter.class));
            } catch (JsonProcessingException e) {
                // a filter of an older shape: skipped, not fatal
            }
        }
        return result;
    }
}
