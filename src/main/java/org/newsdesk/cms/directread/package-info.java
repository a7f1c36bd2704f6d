/**
 * Anonymous article reads answered without the GraphQL engine: a document of a known
 * shape (the article lists front ends page through) is compiled once into a plan that
 * calls the same services and writes the same JSON the engine would, field by field.
 * Anything else, and any request a plan declines, goes to the engine.
 */
package org.newsdesk.cms.directread;
