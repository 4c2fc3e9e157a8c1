package org.sightline.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sightline.model.Document;
import org.sightline.model.SightlineFactory;
import org.sightline.search.api.QueryFilter;
import org.sightline.testing.SampleArticle;

/**
 * The query filter of {@code analyze --results DIR --query Q} and the workbench's Import Spark Results:
 * the documents a query finds, by themselves or by a claim; a blank or unreadable query refused up front.
 */
class QueryFilterTest {

    @Test
    void keepsTheDocumentsTheQueryFindsByThemselvesOrByAClaim() throws IOException {
        SampleArticle sample = new SampleArticle();
        Document other = SightlineFactory.eINSTANCE.createDocument();
        other.setId("d2");
        other.setInput("brazil.txt");
        other.setTitle("Brazil rejects the tariffs");
        other.setText("Brazil rejects the tariffs\nBrazil said it will not accept the new tariffs.\n");
        sample.corpus.getDocuments().add(other);

        assertEquals(Set.of(sample.article), new QueryFilter("type:warning").select(sample.corpus), "by its warning claims");
        assertEquals(Set.of(other), new QueryFilter("title:tariffs").select(sample.corpus), "by its own field");
        assertEquals(Set.of(sample.article, other), new QueryFilter("type:warning OR tariffs").select(sample.corpus));
        assertEquals(Set.of(), new QueryFilter("title:nonexistentword").select(sample.corpus));
    }

    @Test
    void aBlankOrUnreadableQueryIsRefusedWithItsProblem() {
        IOException blank = assertThrows(IOException.class, () -> new QueryFilter("  "));
        assertEquals("the query is empty; give a query, or import everything without one", blank.getMessage());
        IOException bad = assertThrows(IOException.class, () -> new QueryFilter("type:(warning"));
        assertTrue(bad.getMessage().startsWith("the query \"type:(warning\" cannot be read: bad query: "), bad.getMessage());
    }
}
