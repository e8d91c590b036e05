package dev.quire.work;

import dev.quire.tag.Rating;
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
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a work's tags by kind as {@code tags.fandom}, {@code tags.character} and so on, under
 * their canonical names, so that search can count works per tag (facets) the way AO3's filter
 * sidebar does: a synonym is counted under its canonical tag, and an unrated work under Not Rated.
 */
public final class TagFieldsBinder implements PropertyBinder {

  @Override
  public void bind(PropertyBindingContext context) {
    context.dependencies().use("kind").use("name").use("synonymOf");
    IndexSchemaObjectField object = context.indexSchemaElement().objectField("tags");
    Map<TagKind, IndexFieldReference<String>> fields = new EnumMap<>(TagKind.class);
    for (TagKind kind : TagKind.values()) {
      fields.put(kind, object.field(kind.key(), f -> f.asString().aggregable(Aggregable.YES))
          .multiValued()
          .toReference());
    }
    context.bridge(Collection.class, new Bridge(object.toReference(), fields));
  }

  @SuppressWarnings("rawtypes")
  private record Bridge(
      IndexObjectFieldReference object,
      Map<TagKind, IndexFieldReference<String>> fields)
      implements PropertyBridge<Collection> {

    @Override
    public void write(DocumentElement target, Collection tags, PropertyBridgeWriteContext context) {
      Map<TagKind, Set<String>> names = new EnumMap<>(TagKind.class);
      for (Object value : tags) {
        Tag tag = ((Tag) value).canonicalTag();
        names.computeIfAbsent(tag.getKind(), k -> new LinkedHashSet<>()).add(tag.getName());
      }
      names.putIfAbsent(TagKind.RATING, Set.of(Rating.NOT_RATED.tagName()));
      DocumentElement element = target.addObject(object);
      names.forEach((kind, kindNames) -> kindNames.forEach(n -> element.addValue(fields.get(kind), n)));
    }
  }
}
