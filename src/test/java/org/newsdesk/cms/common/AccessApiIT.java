package org.newsdesk.cms.common;

import org.newsdesk.cms.support.PackagedAppConfig;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Access rules of the packaged application, where the playground must be served too. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppConfig.class)
class AccessApiIT extends AccessApiTest {
}
