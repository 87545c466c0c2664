from open_inputs_sdk import Client

client = Client(base_url="http://127.0.0.1:9")
client.widgets.create(name="w", style={"color": "red", "shade": "dark"})
