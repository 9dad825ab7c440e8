package cn.jiceng.demonstration.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the shipped program definitions ({@code programs/*.json}) that the database does not hold
 * yet, at every start and in every profile (they are configuration, not demo data); before the demo
 * data (order 10). Checks the database first, so several nodes starting at once store each file once
 * (a second insert of a version would break the unique key and be rolled back).
 */
@Component
@Order(2)
public class ShippedDefinitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedDefinitions.class);

    private final DefinitionService definitions;

    public ShippedDefinitions(DefinitionService definitions) {
        this.definitions = definitions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int stored = definitions.importShipped();
        if (stored > 0) {
            log.info("Imported {} shipped demonstration program definitions", stored);
        }
    }
}
