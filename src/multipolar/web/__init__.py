"""multipolar.web: ``multipolar serve``, the HTTP API and the dashboard (the views layer).

``app.create_app`` builds the FastAPI application from :class:`settings.ServeSettings`;
``routes/`` holds one router per resource, ``schemas`` the response models, ``database``
the one function that opens the store (read-only, per request), ``static/`` the dashboard.
"""
