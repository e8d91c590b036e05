package dev.quire.work;

import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a work's tags by kind as {@code tags.fandom}, {@code tags.character} and so on, by the
 * id of their canonical tag, so that search can count works per tag (facets) the way AO3's filter
 * sidebar does: a synonym is counted under its canonical tag, and a work without a rating under
 * {@link #NOT_RATED}.
 *
 * <p>Ids rather than names: counting numbers needs no lookup of each distinct name in the index's
 * term dictionaries, which made counting tags the slowest part of a search at 100,000 works; the
 * few tags a page shows are named from the database afterwards.
 */
public final class TagFieldsBinder implements PropertyBinder {

  /** Stands for "Not Rated" in {@code tags.rating} when a work gives no rating tag at all. */
  public static final long NOT_RATED = 0;

  @Override
  public void bind(PropertyBindingContext context) {
    context.dependencies().use("kind").use("synonymOf");
    IndexSchemaObjectField object = context.indexSchemaElement().objectField("tags");
    Map<TagKind, IndexFieldReference<Long>> fields = new EnumMap<>(TagKind.class);
    for (TagKind kind : TagKind.values()) {
      fields.put(kind, object.field(kind.key(),
              f -> f.asLong().aggregable(Aggregable.YES).searchable(Searchable.NO))
          .multiValued()
          .toReference());
    }
    context.bridge(Collection.class, new Bridge(object.toReference(), fields));
  }

  @SuppressWarnings("rawtypes")
  private record Bridge(
      IndexObjectFieldReference object,
      Map<TagKind, IndexFieldReference<Long>> fields)
      implements PropertyBridge<Collection> {

    @Override
    public void write(DocumentElement target, Collection tags, PropertyBridgeWriteContext context) {
      Map<TagKind, Set<Long>> ids = new EnumMap<>(TagKind.class);
      for (Object value : tags) {
        Tag tag = ((Tag) value).canonicalTag();
        ids.computeIfAbsent(tag.getKind(), k -> new LinkedHashSet<>()).add(tag.getId());
      }
      ids.putIfAbsent(TagKind.RATING, Set.of(NOT_RATED));
      DocumentElement element = target.addObject(object);
      ids.forEach((kind, kindIds) -> kindIds.forEach(id -> element.addValue(fields.get(kind), id)));
    }
  }
}
