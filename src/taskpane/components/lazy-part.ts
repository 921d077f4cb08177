/**
 * Parts of the pane that the first screen does not show load in chunks of their own, out of the first load
 * (issue 14). Each can be fetched ahead of need, once the pane is idle, so it is there before it is shown.
 */
import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyPart<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the part's chunk (once); a failed load is tried again next time. */
  preload(): Promise<ComponentType<P>>;
}

export function lazyPart<P>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ));
  // Once preloaded, a thenable that answers at once: React.lazy then renders the part without a fallback frame.
  const ready = (component: ComponentType<P>) => ({
    then: (take: (m: { default: ComponentType<P> }) => void) => take({ default: component }),
  });
  return {
    Component: lazy(() =>
      loaded
        ? (ready(loaded) as unknown as Promise<{ default: ComponentType<P> }>)
        : preload().then((c) => ({ default: c })),
    ),
    preload,
  };
}

/** Fetches the parts once the pane has rendered and the browser is idle, so the first screen goes first. */
export function usePreloadWhenIdle(parts: ReadonlyArray<{ preload(): Promise<unknown> }>): void {
  useEffect(() => {
    // A failed preload is not an error yet: showing the part loads it again, and its boundary reports a failure.
    const run = () => parts.forEach((part) => part.preload().catch(() => undefined));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run);
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  }, [parts]);
}

/**
 * A module the pane needs soon after its first render, not for it: undefined until loaded (loading starts
 * after the first render). A failed load is thrown while rendering, for the pane's error boundary to show.
 */
export function useLoaded<M>(part: { preload(): Promise<M> }): M | undefined {
  const [loaded, setLoaded] = useState<{ module: M } | { error: unknown }>();
  useEffect(() => {
    let live = true;
    part.preload().then(
      (module) => live && setLoaded({ module }),
      (error: unknown) => live && setLoaded({ error }),
    );
    return () => {
      live = false;
    };
  }, [part]);
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.module;
}
