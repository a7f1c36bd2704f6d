package org.newsdesk.cms.importer;

import org.newsdesk.cms.support.PackagedAppConfig;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Editors' imports through the packaged application. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppConfig.class)
class ImportApiIT extends ImportApiTest {
}
