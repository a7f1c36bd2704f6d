package org.newsdesk.cms.readcache;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of answers to anonymous queries ({@code cms.read-cache.*}). */
@ConfigMapping(prefix = "cms.read-cache")
public interface ReadCacheConfig {

    /** Serve a repeated anonymous query from memory until this process changes the data. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The longest an answer is reused: bounds how long changes made elsewhere (another
     * replica, the import Job) stay unseen by anonymous readers of this one.
     */
    @WithDefault("5s")
    Duration ttl();

    /** Memory the cached answers may take. */
    @WithDefault("32M")
    MemorySize maxSize();
}
