// The server passes page facts as JSON (the CSP forbids inline scripts).

export function pageData() {
  const el = document.getElementById("page-data");
  try {
    return el ? JSON.parse(el.textContent) : {};
  } catch {
    return {};
  }
}
