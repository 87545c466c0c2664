from optional_body_sdk import Client

client = Client(base_url="http://127.0.0.1:9")
client.messages.create(body="hi")
