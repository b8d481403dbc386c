// @peculiar/x509 resolves its algorithm providers through tsyringe, which refuses to load unless
// the Reflect metadata API exists (the "Reflect Polyfill Required" note in x509's README).
// tsyringe only calls getMetadata, getOwnMetadata and defineMetadata, and x509 ships no
// decorator metadata, so this small WeakMap store is enough and spares a dependency. It only
// fills the gap: a host page that already loads reflect-metadata keeps its own.
type MetadataKey = unknown;
type Store = Map<PropertyKey | undefined, Map<MetadataKey, unknown>>;

interface ReflectMetadata {
  getMetadata?: (key: MetadataKey, target: object, property?: PropertyKey) => unknown;
  getOwnMetadata?: (key: MetadataKey, target: object, property?: PropertyKey) => unknown;
  defineMetadata?: (
    key: MetadataKey,
    value: unknown,
    target: object,
    property?: PropertyKey,
  ) => void;
}

const reflect = Reflect as typeof Reflect & ReflectMetadata;

if (typeof reflect.getMetadata !== 'function') {
  const stores = new WeakMap<object, Store>();

  const ownMap = (target: object, property: PropertyKey | undefined, create: boolean) => {
    let store = stores.get(target);
    if (!store && create) stores.set(target, (store = new Map()));
    let map = store?.get(property);
    if (!map && create && store) store.set(property, (map = new Map()));
    return map;
  };

  reflect.defineMetadata = (key, value, target, property) => {
    ownMap(target, property, true)?.set(key, value);
  };
  reflect.getOwnMetadata = (key, target, property) => ownMap(target, property, false)?.get(key);
  reflect.getMetadata = (key, target, property) => {
    for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
      const map = ownMap(t, property, false);
      if (map?.has(key)) return map.get(key);
    }
    return undefined;
  };
}

export {};
