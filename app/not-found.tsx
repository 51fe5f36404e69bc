// Requests outside any locale (rare: the proxy adds one) still get a real 404 page.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Page not found</h1>
        <p>
          <a href="/">Shenzhen Hardware Directory</a>
        </p>
      </body>
    </html>
  );
}
