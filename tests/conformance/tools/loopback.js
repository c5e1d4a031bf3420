// Preloaded into the test server (`node -r ./tools/loopback.js ...`): a listen() given only a
// port binds 127.0.0.1 instead of every interface, so the mock server is reachable on loopback only.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if ((typeof args[0] === "number" || typeof args[0] === "string") && typeof args[1] !== "string") {
    args.splice(1, 0, "127.0.0.1");
  }
  return listen.apply(this, args);
};
