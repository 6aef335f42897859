"""ptchat: the HTTP API of the video-chat service (members, chat, billing)."""
