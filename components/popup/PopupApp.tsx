export function PopupApp() {
  return <main><h1>Candor</h1></main>;
}
