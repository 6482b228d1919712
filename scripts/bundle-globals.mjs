// This file is injected into the bundle by esbuild: it binds the built-ins the add-on uses once,
// inside the bundle, so that each use is a local lookup rather than a lookup on the global
// object, which node:vm (and any host with an exotic global) makes slow.
// biome-ignore-all lint/suspicious/noShadowRestrictedNames: shadowing the built-ins is the point of this file
const scope = globalThis;
export const Array = scope.Array;
export const Date = scope.Date;
export const Error = scope.Error;
export const Float64Array = scope.Float64Array;
export const Intl = scope.Intl;
export const Map = scope.Map;
export const Math = scope.Math;
export const Number = scope.Number;
export const Object = scope.Object;
export const RangeError = scope.RangeError;
export const Set = scope.Set;
export const String = scope.String;
export const Uint16Array = scope.Uint16Array;
export const Uint8Array = scope.Uint8Array;
