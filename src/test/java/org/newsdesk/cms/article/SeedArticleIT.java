package org.newsdesk.cms.article;

import org.newsdesk.cms.support.PackagedAppConfig;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (and the native binary where one is built). */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppConfig.class)
class SeedArticleIT extends SeedArticleApiTest {
}
