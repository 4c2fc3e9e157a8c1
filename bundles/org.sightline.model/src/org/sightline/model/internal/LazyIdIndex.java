package org.sightline.model.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.sightline.model.Identified;

/**
 * A resource's id index (EMF's intrinsic id map) that a reader hands over as the objects it made, and that becomes a
 * map only when it is first used. At 100,000 documents the map holds about 4 million entries: filling it took about
 * 15% of an open's CPU and its nodes about 160 MB of heap, for lookups (a Search hit, the recovery journal) that many
 * sessions make late or never.
 * <p>
 * The objects are the resource's content at the first use: EMF calls {@link #put} and {@link #remove} for every
 * object attached to or detached from the resource (the map makes EMF's attach helper run), so any change to the
 * content after the load builds the map before it is applied. Built under a lock: the first use may come from a job.
 */
final class LazyIdIndex extends AbstractMap<String, EObject> {

    /** The objects with ids, per reading thread, until the map is built. */
    private List<? extends List<? extends EObject>> made;
    private volatile Map<String, EObject> map;

    LazyIdIndex(List<? extends List<? extends EObject>> made) {
        this.made = made;
    }

    private Map<String, EObject> map() {
        Map<String, EObject> m = map;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (map == null) {
                int n = 0;
                for (List<? extends EObject> part : made) {
                    n += part.size();
                }
                HashMap<String, EObject> ids = HashMap.newHashMap(n);
                for (List<? extends EObject> part : made) {
                    for (int i = 0, k = part.size(); i < k; i++) {
                        if (part.get(i) instanceof Identified o && o.getId() != null) {
                            ids.put(o.getId(), o);
                        }
                    }
                }
                made = null;
                map = ids;
            }
            return map;
        }
    }

    /** Builds the map now (a job after an open), so that the first lookup by id does not. */
    void build() {
        map();
    }

    @Override
    public EObject get(Object key) {
        return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map().containsKey(key);
    }

    @Override
    public EObject put(String key, EObject value) {
        return map().put(key, value);
    }

    @Override
    public EObject remove(Object key) {
        return map().remove(key);
    }

    @Override
    public int size() {
        return map().size();
    }

    @Override
    public void clear() {
        map().clear();
    }

    @Override
    public Set<String> keySet() {
        return map().keySet();
    }

    @Override
    public Collection<EObject> values() {
        return map().values();
    }

    @Override
    public Set<Map.Entry<String, EObject>> entrySet() {
        return map().entrySet();
    }
}
