package cn.jiceng.benchmark;

import cn.jiceng.JicengApplication;
import cn.jiceng.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmarks run it: with demo data, on a fresh MariaDB/MySQL database or a
 * fresh H2 file, with the settings of application(-mysql).properties; cheap password hashes.
 */
record BenchApp(ConfigurableApplicationContext context, Path h2File) implements AutoCloseable {

    static BenchApp start(String db, Path outDir, int poolSize, String... extraArgs) throws IOException {
        boolean mysql = db.equals("mysql");
        Path h2Dir = outDir.resolve("h2-" + System.currentTimeMillis()).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--jiceng.demo-data=true",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                // the dev-mode component tracker remembers where each component was created (for the dev
                // tools); production mode has none, so the benchmarks' heap figures leave it out too
                "--vaadin.devmode.componentTracker.enabled=false",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn",
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize));
        if (mysql) {
            args.add("--spring.profiles.active=mysql");
            args.add("--spring.datasource.url=" + TestDatabase.freshMysqlDatabase());
            args.add("--spring.datasource.username=" + TestDatabase.USER);
            args.add("--spring.datasource.password=" + TestDatabase.PASSWORD);
            // the Connector/J statement and metadata caches come from application-mysql.properties, as in production
        } else {
            Files.createDirectories(h2Dir);
            // file-based with the settings of application.properties, in a fresh directory
            args.add("--spring.datasource.url=jdbc:h2:file:" + h2Dir.resolve("jiceng") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=512");
        }
        args.addAll(List.of(extraArgs));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(JicengApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new RecruitmentBenchmark.CheapPasswordHashes()));
        return new BenchApp(builder.run(args.toArray(String[]::new)), h2Dir.resolve("jiceng.mv.db"));
    }

    /** One database's run of a benchmark. */
    interface Run<R> {
        R on(String database) throws Exception;
    }

    /**
     * A benchmark's main: checks that MariaDB/MySQL answers when it is asked for, runs each database
     * in turn, prints the report and writes it to {@code <outDir>/<prefix>-<time>.md}, then exits
     * (no lingering non-daemon threads of a closed context).
     */
    static <R> void runEach(List<String> databases, Path outDir, String prefix, Run<R> run,
                            java.util.function.Function<List<R>, String> report) throws Exception {
        if (databases.contains("mysql")) {
            TestDatabase.mysqlProblem().ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
        }
        Files.createDirectories(outDir);
        List<R> results = new ArrayList<>();
        for (String db : databases) {
            results.add(run.on(db));
        }
        String text = report.apply(results);
        System.out.println();
        System.out.println(text);
        Path file = outDir.resolve(prefix + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.ZonedDateTime.now()) + ".md");
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        System.out.println("Written to " + file.toAbsolutePath());
        System.exit(0);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
