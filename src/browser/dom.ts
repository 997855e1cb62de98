// Small DOM helpers of the pages' scripts.

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

export function all<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

export function jsonOf<T>(id: string): T {
  return JSON.parse(byId(id).textContent ?? '') as T;
}
